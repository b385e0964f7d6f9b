create table label (text varchar(100));
