create table cmd_event (id bigint primary key, kind varchar(100));
