create table ledger (id int primary key, entry varchar(100));
