insert into note (text) values ('after the migrations');
