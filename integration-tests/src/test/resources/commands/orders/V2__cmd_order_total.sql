alter table cmd_order add total decimal(10,2);
