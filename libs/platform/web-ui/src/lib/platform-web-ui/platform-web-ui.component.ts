import { Component } from '@angular/core';

@Component({
  selector: 'lms-platform-web-ui',
  imports: [],
  templateUrl: './platform-web-ui.component.html',
  styleUrl: './platform-web-ui.component.css',
})
export class PlatformWebUiComponent {}
