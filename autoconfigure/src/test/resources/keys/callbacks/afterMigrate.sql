insert into note (text) values ('afterMigrate callback');
