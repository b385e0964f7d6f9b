insert into own_a_note (text) values ('keysowna');
