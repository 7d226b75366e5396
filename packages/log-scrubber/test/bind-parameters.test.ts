import { describe, expect, it } from 'vitest';
import { gone, kept, scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);

describe('positional bind parameters take the class of their column', () => {
  it('maps Hibernate binding traces to the columns of the insert before them', () => {
    const log = [
      'Hibernate: insert into member (display_name, birthday, tier, id) values (?, ?, ?, ?)',
      'TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [1] as [VARCHAR] - [Ottoline Brashear]',
      'TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [2] as [DATE] - [1979-11-28]',
      'TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [3] as [VARCHAR] - [GOLD]',
      'TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [4] as [BIGINT] - [99120]',
    ].join('\n');
    const r = text(log);
    gone(r, ['Ottoline Brashear', '1979-11-28']);
    kept(r, ['[GOLD]', '[99120]', 'insert into member']);
  });

  it('reads the Hibernate 6 form and update statements', () => {
    const log = [
      'update patient set date_of_birth=?, ward=? where id=?',
      'org.hibernate.orm.jdbc.bind : binding parameter (1:DATE) <- [2001-02-17]',
      'org.hibernate.orm.jdbc.bind : binding parameter (2:VARCHAR) <- [W4]',
      'org.hibernate.orm.jdbc.bind : binding parameter (3:BIGINT) <- [7731]',
    ].join('\n');
    const r = text(log);
    gone(r, ['2001-02-17']);
    kept(r, ['[W4]', '[7731]']);
  });

  it('maps PostgreSQL DETAIL parameters to the columns compared in the statement', () => {
    const log = [
      'LOG:  execute <unnamed>: SELECT id FROM clients WHERE birthdate = $2 AND region = $1',
      "DETAIL:  parameters: $1 = 'north', $2 = '1966-05-30'",
    ].join('\n');
    const r = text(log);
    gone(r, ['1966-05-30']);
    kept(r, ["'north'"]);
  });

  it('maps Prisma and TypeORM parameter arrays', () => {
    const prisma = text('prisma:query INSERT INTO "public"."Guest" ("fullName","plan","dob") VALUES ($1,$2,$3) -- params: ["Ignatius Pemberton","basic","1990-08-09"] duration=4ms');
    gone(prisma, ['Ignatius Pemberton', '1990-08-09']);
    kept(prisma, ['"basic"']);
    const typeorm = text('query: SELECT "c"."id" FROM "clients" "c" WHERE "c"."tax_id" = $2 AND "c"."status" = $1 -- PARAMETERS: ["active","12345678909"]');
    gone(typeorm, ['12345678909']);
    kept(typeorm, ['"active"']);
  });

  it('leaves parameters of columns that hold nothing personal', () => {
    for (const line of [
      "LOG:  execute s1: SELECT * FROM jobs WHERE queue = $1 AND state = $2\nDETAIL:  parameters: $1 = 'mailer', $2 = 'Ready Now'",
      'query: UPDATE "job" SET "status" = $1 WHERE "id" = $2 -- PARAMETERS: ["Done Today",42]',
    ]) {
      expect(text(line)).toBe(line);
    }
  });
});

describe('named and object-logged bind parameters', () => {
  const obj = (value: unknown): string => JSON.stringify(s.scrub(value));

  it('maps EF Core @p parameters to the bracketed columns of the insert', () => {
    const log = [
      'info: Microsoft.EntityFrameworkCore.Database.Command[20101]',
      "      Executed DbCommand (9ms) [Parameters=[@p0='Ludmila Oyelaran' (Size = 4000), @p1='GOLD' (Size = 16), @p2='1983-07-14T00:00:00.0000000', @p3='42'], CommandType='Text', CommandTimeout='30']",
      '      INSERT INTO [Patrons] ([DisplayName], [Tier], [DateOfBirth], [Visits]) VALUES (@p0, @p1, @p2, @p3);',
    ].join('\n');
    const r = text(log);
    gone(r, ['Ludmila Oyelaran', '1983-07-14']);
    kept(r, ["@p1='GOLD'", "@p3='42'", 'INSERT INTO [Patrons]']);
  });

  it('maps EF Core named parameters compared in a WHERE clause', () => {
    const log = "Executed DbCommand (3ms) [Parameters=[@__birth_0='1971-12-03' (DbType = Date), @__region_1='north' (Size = 8)], CommandType='Text', CommandTimeout='30']\nSELECT [p].[Id] FROM [People] AS [p] WHERE [p].[BirthDate] = @__birth_0 AND [p].[Region] = @__region_1";
    const r = text(log);
    gone(r, ['1971-12-03']);
    kept(r, ["'north'"]);
  });

  it('maps a knex/mysql2 query object: bindings beside the SQL that names their columns', () => {
    const r = obj({ msg: 'knex:query', sql: 'select * from "members" where "tax_id" = ? and "date_of_birth" = ? and "tier" = ? limit ?', bindings: ['184609379', '1969-04-11', 'gold', 1] });
    gone(r, ['184609379', '1969-04-11']);
    kept(r, ['"gold"', 'limit ?']);
    const mysql = obj({ sql: 'INSERT INTO guests (full_name, plan, birthday) VALUES (?, ?, ?)', values: ['Osric Vandermolen', 'basic', '1990-01-31'] });
    gone(mysql, ['Osric Vandermolen', '1990-01-31']);
    kept(mysql, ['"basic"']);
  });

  it('leaves bindings of columns that hold nothing personal', () => {
    const q = { sql: 'update "jobs" set "state" = ? where "queue" = ? and "run_at" < ?', bindings: ['Ready Now', 'mailer', '1999-01-01'] };
    expect(obj(q)).toBe(JSON.stringify(q));
  });
});

describe('parameters printed apart from the statement in error dumps', () => {
  it('maps the `parameters: [...]` line of a TypeORM QueryFailedError to the insert above it', () => {
    const holders = ['Trần Thị Hoa', 'Σοφία Παπαδάκη', 'ليلى الحسيني', "Maeve O'Donnell"];
    const ids = ['44051401359', '111222333'];
    holders.forEach((holder, i) => {
      const log = [
        'QueryFailedError: duplicate key value violates unique constraint "UQ_beneficiary_iban"',
        '    at Importer.run (/srv/dist/jobs/import.js:41:7)',
        'query: INSERT INTO "beneficiary"("holder", "iban", "tax_id", "tier", "created_at") VALUES ($1, $2, $3, $4, DEFAULT) RETURNING "id"',
        `parameters: ["${holder}","DE89 3704 0044 0532 0130 00","${ids[i % 2]!}","silver"]`,
        'driverError.code: 23505',
      ].join('\n');
      const r = text(log);
      gone(r, [holder, ids[i % 2]!, 'DE89 3704 0044 0532 0130 00']);
      kept(r, ['"silver"', '23505', 'INSERT INTO "beneficiary"']);
    });
  });

  it('leaves a parameters line whose columns hold nothing personal', () => {
    const log = 'query: UPDATE "job" SET "state" = $1 WHERE "queue" = $2\nparameters: ["Ready Now","mailer"]';
    expect(text(log)).toBe(log);
  });
});

describe('query objects whose statement sits under `query`', () => {
  const obj = (value: unknown): string => JSON.stringify(s.scrub(value));

  it('maps coordinates bound to lat/lng columns (drizzle `{ query, params }`)', () => {
    for (const [lat, lng] of [['48.13743', '11.57549'], ['-33.86882', '151.20929'], ['40.416775', '-3.70379']]) {
      const r = obj({ msg: 'failed query', query: 'update "sites" set "label" = $1, "lat" = $2, "lng" = $3 where "sites"."id" = $4', params: ['north gate', lat, lng, 'a7c0b1d2-0000-4000-8000-000000000001'] });
      gone(r, [lat!, lng!]);
      kept(r, ['north gate', 'a7c0b1d2-0000-4000-8000-000000000001']);
    }
    const lon = obj({ query: 'insert into "visits" ("latitude", "longitude", "room") values ($1, $2, $3)', params: [52.37022, 4.89517, 12] });
    gone(lon, ['52.37022', '4.89517']);
    kept(lon, ['12]']);
  });

  it('leaves params of a `query` whose columns hold nothing personal', () => {
    const q = { query: 'update "jobs" set "state" = $1 where "queue" = $2', params: ['Ready Now', 'mailer'] };
    expect(obj(q)).toBe(JSON.stringify(q));
  });
});

describe('SQL literals printed without escaping', () => {
  it("reads a name with an apostrophe inside its quotes (`'Aoife O'Brien'`)", () => {
    for (const name of ["Aoife O'Brien", "Jean-Luc D'Arcy", "Nnamdi O'Connor-Reyes"]) {
      const knex = text(`knex:query insert into \`members\` (\`birth_date\`, \`email\`, \`name\`) values ('1981-03-09', 'q.w@mail.test', '${name}') - ER_DATA_TOO_LONG`);
      gone(knex, [name, name.split(' ')[1]!]);
      kept(knex, ['ER_DATA_TOO_LONG']);
      const mysql = text(`sql: "INSERT INTO members (name, phone, tier) VALUES ('${name}', ..., 'gold')"`);
      gone(mysql, [name, name.split(' ')[1]!]);
      kept(mysql, ["'gold'"]);
    }
  });
});
