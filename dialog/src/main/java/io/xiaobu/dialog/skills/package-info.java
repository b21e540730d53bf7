/** Skills in the pipeline: their interaction models become rule grammars, chosen intents go to the skill runtime. */
package io.xiaobu.dialog.skills;
