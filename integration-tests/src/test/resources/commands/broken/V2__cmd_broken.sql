create tabel cmd_broken (id bigint);
