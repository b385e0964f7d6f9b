create table remote_entry (id int primary key);
