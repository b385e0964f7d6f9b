create table book (id bigint auto_increment primary key, title varchar(200));
