-- Each tenant's database: every row names the tenant it was written for
create table customer (
	id varchar(40) not null primary key,
	tenant varchar(63) not null,
	via varchar(20) not null
);
