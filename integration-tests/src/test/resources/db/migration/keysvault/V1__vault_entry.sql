create table vault_entry (id int primary key);
