create table init_note (id int primary key, text varchar(100));
