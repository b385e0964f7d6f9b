-- The same table on the default source, so that a tenant's write routed here would be
-- found rather than fail
create table customer (
	id varchar(40) not null primary key,
	tenant varchar(63) not null,
	via varchar(20) not null
);
