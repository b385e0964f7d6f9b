create table order_event (
	id bigint auto_increment primary key,
	order_id bigint not null,
	kind varchar(40) not null,
	item varchar(100) not null,
	amount_cents bigint not null,
	order_day date not null,
	index order_event_day (order_day)
);
