create table history_probe (id int primary key);
