insert into app_note (text) values ('spring.sql.init');
