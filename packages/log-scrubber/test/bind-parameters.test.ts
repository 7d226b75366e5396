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
