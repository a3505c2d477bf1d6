CREATE TABLE `measurements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`map_id` text NOT NULL,
	`metric_key` text NOT NULL,
	`period` text NOT NULL,
	`csi` real NOT NULL,
	`n` integer,
	`source` text NOT NULL,
	`imported_at` integer NOT NULL,
	FOREIGN KEY (`map_id`) REFERENCES `maps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measurements_map_key_period_idx` ON `measurements` (`map_id`,`metric_key`,`period`);--> statement-breakpoint
CREATE INDEX `measurements_map_period_idx` ON `measurements` (`map_id`,`period`);