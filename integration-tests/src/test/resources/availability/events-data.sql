-- Runs on the events source, into the table its migrations create.
insert into order_event (type, reference) values ('seeded', 'seeded-by-script');
