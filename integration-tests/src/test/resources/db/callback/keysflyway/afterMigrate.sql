insert into ledger (id, entry) values (1, 'afterMigrate callback');
