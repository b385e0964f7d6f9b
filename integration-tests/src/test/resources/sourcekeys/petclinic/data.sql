insert into shelf (label) values ('owners');
insert into shelf (label) values ('pets');
insert into shelf (label) values ('visits');
