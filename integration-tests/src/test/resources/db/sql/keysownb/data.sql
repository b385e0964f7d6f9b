insert into own_b_note (text) values ('keysownb');
