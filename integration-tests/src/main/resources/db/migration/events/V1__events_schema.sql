-- MariaDB / MySQL: the tables of the events source.
create table order_event (
	id bigint not null auto_increment primary key,
	type varchar(255) not null,
	reference varchar(255) not null
) engine = InnoDB;

create table journal (
	id bigint not null auto_increment primary key,
	marker varchar(255) not null
) engine = InnoDB;
