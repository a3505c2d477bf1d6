CREATE TABLE `shares` (
	`id` text PRIMARY KEY NOT NULL,
	`map_id` text NOT NULL,
	`role` text NOT NULL,
	`label` text,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`map_id`) REFERENCES `maps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shares_token_hash_idx` ON `shares` (`token_hash`);--> statement-breakpoint
CREATE INDEX `shares_map_id_idx` ON `shares` (`map_id`);