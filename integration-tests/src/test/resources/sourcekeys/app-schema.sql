create table app_note (text varchar(100));
