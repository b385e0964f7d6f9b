create table own_b_note (text varchar(100));
