insert into book (title) values ('Owners');
insert into book (title) values ('Pets');
insert into book (title) values ('Visits');
