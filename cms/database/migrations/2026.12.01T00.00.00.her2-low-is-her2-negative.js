'use strict';

/**
 * HER2-low (IHC 1+, or 2+ with a negative ISH test) is part of HER2-negative, so a subtype's
 * her2Status no longer has a "low" value: entries that said "low" now say "negative". On a new
 * database the table does not exist yet when migrations run, and there is nothing to change.
 */
module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable('subtypes')) || !(await knex.schema.hasColumn('subtypes', 'her2_status'))) return;
    await knex('subtypes').where({ her2_status: 'low' }).update({ her2_status: 'negative' });
  },
};
