create table note (id bigint auto_increment primary key, text varchar(200));
create table audit_entry (id bigint auto_increment primary key, message varchar(200));
