create table shelf (id bigserial primary key, label varchar(255));
