create tabel not_sql (id bigint);
