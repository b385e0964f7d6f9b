-- Each statement records the id of the transaction it runs in: one id when the
-- migration runs in a transaction, one per statement when it does not
create table transaction_id (id bigint);
insert into transaction_id select txid_current();
insert into transaction_id select txid_current();
