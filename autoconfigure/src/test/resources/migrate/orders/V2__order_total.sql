alter table orders add column total decimal(10,2);
