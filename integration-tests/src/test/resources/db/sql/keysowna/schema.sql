create table own_a_note (text varchar(100));
