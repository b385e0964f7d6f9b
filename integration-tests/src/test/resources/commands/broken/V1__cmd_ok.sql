create table cmd_ok (id bigint primary key);
