create table audit_entry (
	id bigint auto_increment primary key,
	recorded_at datetime(6) not null,
	action varchar(40) not null,
	detail varchar(500) not null
);
