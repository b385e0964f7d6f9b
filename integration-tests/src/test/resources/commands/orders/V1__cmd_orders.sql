create table cmd_order (id bigint primary key, item varchar(100));
