import { EnvInt, validateEnvironment } from '@lms/platform/api';
import { registerAs } from '@nestjs/config';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

class CredentialsEnvironment {
  /** Where the web app is reached: QR codes and verification links point here. */
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, {
    message: 'PUBLIC_BASE_URL must be an http(s) URL such as https://ce.example.org',
  })
  PUBLIC_BASE_URL?: string;

  @EnvInt()
  @IsInt({ message: 'PORT must be an integer between 0 and 65535' })
  @Min(0)
  @Max(65535)
  PORT = 3000;
}

export interface CredentialsConfig {
  publicBaseUrl: string;
}

export function loadCredentialsConfig(
  env: Record<string, string | undefined> = process.env,
): CredentialsConfig {
  const e = validateEnvironment(CredentialsEnvironment, env);
  return {
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
  };
}

export const credentialsConfig = registerAs('credentials', () => loadCredentialsConfig());
