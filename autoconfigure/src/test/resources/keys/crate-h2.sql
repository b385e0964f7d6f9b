create table crate (label varchar(200));
insert into crate (label) values ('h2');
