insert into init_note (id, text) values (1, 'from db/sql/keysinit/data.sql');
insert into init_note (id, text) values (2, 'second row');
