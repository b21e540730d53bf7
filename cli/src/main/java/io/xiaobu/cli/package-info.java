/** The {@code ./xiaobu} command line: one picocli command class per subcommand. */
package io.xiaobu.cli;
