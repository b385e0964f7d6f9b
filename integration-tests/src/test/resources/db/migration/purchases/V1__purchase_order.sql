create table purchase_order (
	id bigint not null primary key,
	customer_id bigint not null,
	item varchar(100) not null
);
