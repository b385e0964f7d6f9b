create table shelf (id bigint auto_increment primary key, label varchar(255));
