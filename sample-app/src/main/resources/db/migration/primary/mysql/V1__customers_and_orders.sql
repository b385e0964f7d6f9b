create table customer (
	id bigint auto_increment primary key,
	name varchar(100) not null,
	email varchar(200) not null unique
);

create table purchase_order (
	id bigint auto_increment primary key,
	customer_id bigint not null,
	item varchar(100) not null,
	quantity integer not null,
	unit_price_cents bigint not null,
	placed_at datetime(6) not null,
	foreign key (customer_id) references customer (id)
);
