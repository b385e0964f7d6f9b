insert into customer (name, email) values ('Ada Lovelace', 'ada@example.com');
insert into customer (name, email) values ('Grace Hopper', 'grace@example.com');
insert into customer (name, email) values ('Edsger Dijkstra', 'edsger@example.com');
