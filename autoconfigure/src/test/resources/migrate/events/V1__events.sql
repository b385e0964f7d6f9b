create table events (id bigint primary key, kind varchar(100));
