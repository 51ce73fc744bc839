import { Component } from '@angular/core';

@Component({
  selector: 'lms-identity-web',
  imports: [],
  templateUrl: './identity-web.component.html',
  styleUrl: './identity-web.component.css',
})
export class IdentityWebComponent {}
