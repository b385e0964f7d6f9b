create table ok_table (id bigint primary key);
