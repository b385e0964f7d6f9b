insert into book (title) values ('Dune');
insert into book (title) values ('Emma');
