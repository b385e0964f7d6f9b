-- label exists only once the migrations ran; shelf is validated by Hibernate afterwards
insert into label (text) values ('after the migrations');
insert into shelf (label) values ('before the EntityManagerFactory');
